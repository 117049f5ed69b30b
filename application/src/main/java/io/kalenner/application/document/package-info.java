/**
 * Documents one client and one provider share: uploaded by either, listed and downloaded by both
 * (and, for an organization, its members), deleted only by whoever uploaded them.
 */
package io.kalenner.application.document;
