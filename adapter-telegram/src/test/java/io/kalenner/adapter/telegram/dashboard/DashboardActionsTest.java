package io.kalenner.adapter.telegram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.junit.jupiter.api.Test;

/** The dashboard routes a press by its action code to one section: two sections may never share a code. */
class DashboardActionsTest {

    @Test
    void noTwoSectionsOfTheDashboardShareAnActionCode() {
        List<Set<String>> sections = List.of(Requests.ACTIONS, ClientAppointments.ACTIONS, Services.ACTIONS,
                WorkingHoursScreen.ACTIONS, ProfileScreen.ACTIONS, RemindersScreen.ACTIONS, PackagesScreen.ACTIONS,
                TermsDesk.ACTIONS, ScheduleScreen.ACTIONS, ClientsScreen.ACTIONS, SpecialistsScreen.ACTIONS,
                io.vavr.collection.HashSet.of(Dashboard.MENU, Dashboard.INVITE_CLIENT, Dashboard.INVITE_SPECIALIST));

        List<String> all = sections.flatMap(section -> section);

        assertThat(all.distinct().size()).as("codes used by more than one section: %s",
                all.groupBy(code -> code).filterValues(uses -> uses.size() > 1).keySet()).isEqualTo(all.size());
    }
}
