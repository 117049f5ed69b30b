package io.kalenner.domain.profile;

/** The parts of a profile page a provider can show, hide and put in order. */
public enum Section {
    ABOUT,
    EXPERIENCE,
    EDUCATION,
    SERVICES,
    GALLERY,
    CONTACTS
}
