/**
 * Document storage, encrypted at rest, and expiring signed download links. Not built yet: the
 * documents issue fills this module; the walking skeleton only reserves its place.
 */
package io.kalenner.adapter.storage;
