/**
 * Use cases around invitations: a provider's link for clients, an organization's link for its
 * specialists, and a user opening one.
 */
package io.kalenner.application.invitation;
