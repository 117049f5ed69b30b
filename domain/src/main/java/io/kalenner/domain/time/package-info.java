/** Time settings (a fixed UTC offset or a region zone) and instant ranges. */
package io.kalenner.domain.time;
