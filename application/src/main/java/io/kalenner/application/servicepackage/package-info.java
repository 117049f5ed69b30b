/**
 * Service packages: a provider defines and archives packages of sessions and records that a client
 * bought one; both sides see the sessions left (D50–D53).
 */
package io.kalenner.application.servicepackage;
