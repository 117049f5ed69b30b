/**
 * Terms and consent: a provider's terms documents in versions, whether clients must agree to each,
 * the clients' consents (signed, withdrawn, kept as history), and download links to a version.
 */
package io.kalenner.application.terms;
