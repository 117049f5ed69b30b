package io.kalenner.adapter.web;

import io.kalenner.application.profile.ViewPublicProfile.PublicProfile;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.Contacts;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What the profile template shows, worked out in Java: texts in the visitor's language, sections
 * in the provider's order, links made. Every value here is plain text; the template escapes it.
 * Empty strings mean "not there", so the template needs no nulls.
 */
public record ProfilePage(
        String lang,
        Labels labels,
        String theme,
        String accent,
        String name,
        String photoUrl,
        List<String> sections,
        String about,
        String experience,
        String education,
        List<ServiceRow> services,
        List<String> gallery,
        String website,
        String email,
        String phone,
        String address,
        String mapUrl,
        List<String> socials,
        String inviteUrl) {

    /** One service on offer; an empty description is none. */
    public record ServiceRow(String name, String duration, String price, String description) {}

    /** The fixed texts of the page in one language. */
    public record Labels(String about, String experience, String education, String services, String gallery, String contacts,
            String book, String website, String email, String phone, String address, String map, String minutes, String photo) {

        static Labels of(Language language) {
            return language == Language.RU
                    ? new Labels("О себе", "Опыт", "Образование", "Услуги", "Галерея", "Контакты", "Записаться в Telegram",
                            "Сайт", "Почта", "Телефон", "Адрес", "Открыть на карте", "мин", "Фото")
                    : new Labels("About", "Experience", "Education", "Services", "Gallery", "Contacts", "Book in Telegram",
                            "Website", "Email", "Phone", "Address", "Open on the map", "min", "Photo");
        }
    }

    /** The page of a published profile for a visitor speaking {@code language}; pictures under {@code /p/<slug>/media/}. */
    static ProfilePage of(PublicProfile view, Language language, String botUsername) {
        Profile profile = view.profile();
        Contacts contacts = profile.contacts();
        Labels labels = Labels.of(language);
        String media = "/p/" + profile.slug().value() + "/media/";
        return new ProfilePage(
                language == Language.RU ? "ru" : "en",
                labels,
                "theme-" + profile.design().theme().name().toLowerCase(Locale.ROOT),
                profile.design().accent().hex(),
                view.providerName(),
                profile.photo().map(file -> media + file).getOrElse(""),
                profile.design().sections().filter(section -> hasContent(section, view)).map(ProfilePage::id).toJavaList(),
                profile.about(),
                profile.experience(),
                profile.education(),
                view.services().map(service -> row(service, labels)).toJavaList(),
                profile.gallery().map(FileId::toString).map(id -> media + id).toJavaList(),
                contacts.website().map(WebLink::url).getOrElse(""),
                contacts.email().getOrElse(""),
                contacts.phone().getOrElse(""),
                contacts.address().getOrElse(""),
                contacts.address().map(ProfilePage::mapUrl).getOrElse(""),
                contacts.socials().map(WebLink::url).toJavaList(),
                // the same deep link the bot gives out (adapter-telegram's InvitationLinks)
                "https://t.me/" + botUsername + "?start=" + view.invitation().value());
    }

    /** An OpenStreetMap search for the address. */
    static String mapUrl(String address) {
        return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    private static boolean hasContent(Section section, PublicProfile view) {
        Profile profile = view.profile();
        return switch (section) {
            case ABOUT -> !profile.about().isEmpty();
            case EXPERIENCE -> !profile.experience().isEmpty();
            case EDUCATION -> !profile.education().isEmpty();
            case SERVICES -> !view.services().isEmpty();
            case GALLERY -> !profile.gallery().isEmpty();
            case CONTACTS -> !profile.contacts().isEmpty();
        };
    }

    private static String id(Section section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    private static ServiceRow row(Service service, Labels labels) {
        Money price = service.price();
        BigDecimal amount = BigDecimal.valueOf(price.minorUnits(), Math.max(0, price.currency().getDefaultFractionDigits()));
        return new ServiceRow(service.name(), service.duration().toMinutes() + " " + labels.minutes(),
                amount.toPlainString() + " " + price.currency().getCurrencyCode(), service.description().getOrElse(""));
    }
}
