package io.kalenner.adapter.storage;

import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.DocumentStoreContract;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreContractTest extends DocumentStoreContract {

    @TempDir
    Path directory;

    @Override
    protected DocumentStore storeWithLimit(long sizeLimit) {
        return new FileSystemDocumentStore(directory.resolve(UUID.randomUUID().toString()), TestKeys.random(), List.of(), sizeLimit);
    }
}
