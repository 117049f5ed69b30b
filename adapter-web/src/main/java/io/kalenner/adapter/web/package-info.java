/**
 * HTTP: signed download links ({@code GET /d/<token>}) and health ({@code GET /health}), served
 * by Javalin through {@link io.kalenner.adapter.web.WebServer}. Public profile pages and metrics
 * come later. See {@code docs/security.md} for what a download link proves.
 */
package io.kalenner.adapter.web;
