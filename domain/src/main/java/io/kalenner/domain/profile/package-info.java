/**
 * A provider's public profile: its address on the web (slug), texts, pictures, contacts and the
 * design of its page, and whether the page is published. Every value is checked on the way in.
 */
package io.kalenner.domain.profile;
