/** Use cases around invitations: a provider's link, and a user opening one. */
package io.kalenner.application.invitation;
