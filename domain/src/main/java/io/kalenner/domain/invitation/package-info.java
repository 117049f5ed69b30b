/** Invitations: the unguessable codes behind a provider's invitation links and QR codes. */
package io.kalenner.domain.invitation;
