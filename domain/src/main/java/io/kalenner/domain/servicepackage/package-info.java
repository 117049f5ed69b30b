/**
 * Service packages: a provider's offer of N sessions of one service at a package price, a client's
 * purchase of one, and how many sessions it has left (D50, D51).
 */
package io.kalenner.domain.servicepackage;
