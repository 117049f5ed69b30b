/** Configuration and wiring: reads the {@code KALENNER_*} settings and starts the parts. No logic lives here. */
package io.kalenner.bootstrap;
