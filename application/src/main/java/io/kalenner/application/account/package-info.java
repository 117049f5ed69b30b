/** Use cases about one's own account: first contact, registering as a provider. */
package io.kalenner.application.account;
