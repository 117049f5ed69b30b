package io.kalenner.sandbox.botapi;

/** The sandbox's simulation of one Bot API method, called once the call passed the spec and chat checks. */
@FunctionalInterface
interface MethodHandler {

    ApiOutcome answer(ApiCall call) throws InterruptedException;
}
