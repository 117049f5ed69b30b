package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Contacts;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Slug;
import io.vavr.control.Either;

public final class EditProfileService implements EditProfile {

    private final OwnProfile own;

    public EditProfileService(Ports ports, Access access) {
        this.own = new OwnProfile(ports, access);
    }

    @Override
    public Either<Rejection, Profile> edit(AccountId actor, Command command) {
        String value = command.value();
        return own.change(actor, profile -> switch (command.field()) {
            case SLUG -> Slug.parse(value).map(profile::withSlug);
            case ABOUT -> profile.withAbout(value);
            case EXPERIENCE -> profile.withExperience(value);
            case EDUCATION -> profile.withEducation(value);
            case WEBSITE -> Contacts.website(value).map(v -> profile.withContacts(profile.contacts().withWebsite(v)));
            case EMAIL -> Contacts.email(value).map(v -> profile.withContacts(profile.contacts().withEmail(v)));
            case PHONE -> Contacts.phone(value).map(v -> profile.withContacts(profile.contacts().withPhone(v)));
            case ADDRESS -> Contacts.address(value).map(v -> profile.withContacts(profile.contacts().withAddress(v)));
            case SOCIALS -> Contacts.socials(value).map(v -> profile.withContacts(profile.contacts().withSocials(v)));
            // an address like a website's: absolute http(s) with a host (D26), blank clears it
            case PAYMENT_LINK -> Contacts.website(value).map(v -> profile.withContacts(profile.contacts().withPaymentLink(v)));
        });
    }
}
