/** Who may do what: the checks every use case runs on its acting account before it acts. */
package io.kalenner.application.access;
