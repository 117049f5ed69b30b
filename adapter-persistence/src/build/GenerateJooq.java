import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.DefaultGeneratorStrategy;
import org.jooq.codegen.GenerationTool;
import org.jooq.codegen.GeneratorStrategy.Mode;
import org.jooq.meta.Definition;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Strategy;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the Flyway migrations, run by the build before compiling:
 * starts a throwaway embedded PostgreSQL, migrates it and reads the schema back. Does nothing
 * when the migrations and this program are unchanged since the classes were last generated.
 *
 * <p>Arguments: this program's source file, the migrations folder, the output folder, the package.
 */
public class GenerateJooq {

    public static void main(String[] args) throws Exception {
        Path generator = Path.of(args[0]);
        Path migrations = Path.of(args[1]);
        Path output = Path.of(args[2]);
        String packageName = args[3];

        Path stamp = output.resolve(".migrations.sha256");
        String fingerprint = fingerprint(generator, migrations, packageName);
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq-gen] migrations unchanged, jOOQ classes up to date");
            return;
        }
        deleteRecursively(output);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            GenerationTool generation = new GenerationTool();
            // the source launcher's class loader knows this file's classes, the strategy among them
            generation.setClassLoader(GenerateJooq.class.getClassLoader());
            generation.run(new Configuration()
                    .withJdbc(new org.jooq.meta.jaxb.Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(postgres.getJdbcUrl("postgres", "postgres"))
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withStrategy(new Strategy().withName(OnePackage.class.getName()))
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withIncludes(".*")
                                    .withExcludes("flyway_schema_history")
                                    // btree_gist would otherwise add some 180 routine classes
                                    .withIncludeRoutines(false)
                                    .withForcedTypes(new ForcedType()
                                            .withName("INSTANT")
                                            .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone)")))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    // the adapter writes its joins out; to-many paths only warn about naming
                                    .withImplicitJoinPathsToMany(false)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName(packageName)
                                    .withDirectory(output.toString()))));
        }
        Files.writeString(stamp, fingerprint);
        System.out.println("[jooq-gen] jOOQ classes generated from " + migrations);
    }

    /**
     * Puts every generated class in the target package. jOOQ's own layout (tables, records, keys
     * in sub-packages that refer to each other) forms package cycles, which the architecture
     * rules forbid everywhere.
     */
    public static final class OnePackage extends DefaultGeneratorStrategy {
        @Override
        public String getJavaPackageName(Definition definition, Mode mode) {
            return getTargetPackage();
        }
    }

    private static String fingerprint(Path generator, Path migrations, String packageName) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(packageName.getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(generator));
        List<Path> files;
        try (Stream<Path> listed = Files.list(migrations)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
