package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach a provider besides the bot: a website, an email address, a phone number, a postal
 * address (shown with a map link) and links to social profiles; and where to pay it, the
 * provider-wide payment link clients see as {@code Оплатить} (D57). Each is optional.
 */
public record Contacts(Option<WebLink> website, Option<String> email, Option<String> phone, Option<String> address,
        List<WebLink> socials, Option<WebLink> paymentLink) {

    public static final int MAX_SOCIALS = 8;
    public static final int MAX_ADDRESS_LENGTH = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");
    public static final Contacts NONE = new Contacts(Option.none(), Option.none(), Option.none(), Option.none(), List.empty(),
            Option.none());

    public Contacts {
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(socials, "socials");
        Objects.requireNonNull(paymentLink, "paymentLink");
        if (email.exists(e -> !EMAIL.matcher(e).matches()) || phone.exists(p -> !PHONE.matcher(p).matches())
                || address.exists(a -> a.isBlank() || a.length() > MAX_ADDRESS_LENGTH) || socials.size() > MAX_SOCIALS) {
            throw new IllegalArgumentException("invalid contacts");
        }
    }

    /** An email address as given, trimmed; blank means none; anything not like {@code name@host.tld} is {@code INVALID_EMAIL}. */
    public static Either<Rejection, Option<String>> email(String text) {
        return checked(text, e -> EMAIL.matcher(e).matches() && e.length() <= 254, Rejection.of(Rejection.Reason.INVALID_EMAIL));
    }

    /** A phone number: digits, spaces, brackets and hyphens after an optional {@code +}; blank means none. */
    public static Either<Rejection, Option<String>> phone(String text) {
        return checked(text, p -> PHONE.matcher(p).matches(), Rejection.of(Rejection.Reason.INVALID_PHONE));
    }

    /** A postal address of one line or more, up to {@value #MAX_ADDRESS_LENGTH} characters; blank means none. */
    public static Either<Rejection, Option<String>> address(String text) {
        return checked(text, a -> a.length() <= MAX_ADDRESS_LENGTH, Rejection.of(Rejection.Reason.TEXT_TOO_LONG, MAX_ADDRESS_LENGTH));
    }

    /** A website; blank means none. */
    public static Either<Rejection, Option<WebLink>> website(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? Either.right(Option.none()) : WebLink.parse(stripped).map(Option::some);
    }

    /** Social profile links, one a line or separated by spaces; blank means none; at most {@value #MAX_SOCIALS}. */
    public static Either<Rejection, List<WebLink>> socials(String text) {
        List<String> parts = List.of((text == null ? "" : text).strip().split("\\s+")).filter(s -> !s.isEmpty());
        if (parts.size() > MAX_SOCIALS) {
            return Rejection.of(Rejection.Reason.INVALID_INPUT, "at most " + MAX_SOCIALS + " links").asLeft();
        }
        return Either.sequenceRight(parts.map(WebLink::parse)).map(List::ofAll);
    }

    /** The trimmed text when it passes the check, none when blank, else the refusal. */
    private static Either<Rejection, Option<String>> checked(String text, java.util.function.Predicate<String> check, Rejection refusal) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return Either.right(Option.none());
        }
        return check.test(stripped) ? Either.right(Option.some(stripped)) : Either.left(refusal);
    }

    public Contacts withWebsite(Option<WebLink> value) {
        return new Contacts(value, email, phone, address, socials, paymentLink);
    }

    public Contacts withEmail(Option<String> value) {
        return new Contacts(website, value, phone, address, socials, paymentLink);
    }

    public Contacts withPhone(Option<String> value) {
        return new Contacts(website, email, value, address, socials, paymentLink);
    }

    public Contacts withAddress(Option<String> value) {
        return new Contacts(website, email, phone, value, socials, paymentLink);
    }

    public Contacts withSocials(List<WebLink> value) {
        return new Contacts(website, email, phone, address, value, paymentLink);
    }

    public boolean isEmpty() {
        return website.isEmpty() && email.isEmpty() && phone.isEmpty() && address.isEmpty() && socials.isEmpty();
    }

    public Contacts withPaymentLink(Option<WebLink> value) {
        return new Contacts(website, email, phone, address, socials, value);
    }
}
