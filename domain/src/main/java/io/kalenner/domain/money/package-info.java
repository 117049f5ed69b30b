/** Money in minor units with an ISO 4217 currency; no floating point anywhere. */
package io.kalenner.domain.money;
