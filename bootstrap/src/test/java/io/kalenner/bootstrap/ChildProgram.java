package io.kalenner.bootstrap;

import java.nio.file.Path;

/** The real program in a JVM of its own, for tests where a process must stop, or die, as a whole. */
final class ChildProgram {

    private ChildProgram() {}

    /**
     * A {@link Main} run on this test's class path, in {@code workDirectory}, its output in the
     * file {@code log} there, with none of the test's own {@code KALENNER_*} variables: the caller
     * puts the ones it wants.
     */
    static ProcessBuilder in(Path workDirectory, String log) {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve(log).toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KALENNER_"));
        return builder;
    }
}
