package io.kalenner.application.booking;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;

public final class ListMyProvidersService implements ListMyProviders {

    private final Ports ports;

    public ListMyProvidersService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public List<Account> providers(AccountId actor) {
        return ports.accounts().providersOf(actor);
    }
}
