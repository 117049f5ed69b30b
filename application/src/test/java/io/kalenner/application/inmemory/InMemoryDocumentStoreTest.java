package io.kalenner.application.inmemory;

import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.DocumentStoreContract;

class InMemoryDocumentStoreTest extends DocumentStoreContract {

    @Override
    protected DocumentStore storeWithLimit(long sizeLimit) {
        return new InMemoryDocumentStore(sizeLimit);
    }
}
