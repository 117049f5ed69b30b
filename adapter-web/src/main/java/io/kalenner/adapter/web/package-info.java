/**
 * HTTP: signed download links, public profile pages, health and metrics. Not built yet: the
 * documents-and-web issue fills this module; the walking skeleton only reserves its place.
 */
package io.kalenner.adapter.web;
