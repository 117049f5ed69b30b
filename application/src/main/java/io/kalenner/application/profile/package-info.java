/**
 * A provider's public profile: editing its texts and contacts, its design and pictures,
 * publishing it, and showing a published one to anyone who has its address.
 */
package io.kalenner.application.profile;
