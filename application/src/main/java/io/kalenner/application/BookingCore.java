package io.kalenner.application;

import io.kalenner.application.access.Access;
import io.kalenner.application.account.ChangeSettings;
import io.kalenner.application.account.ChangeSettingsService;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.IdentifyUserService;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.account.RegisterAsProviderService;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.AddServiceService;
import io.kalenner.application.booking.AnswerRequest;
import io.kalenner.application.booking.AnswerRequestService;
import io.kalenner.application.booking.CancelAppointment;
import io.kalenner.application.booking.CancelAppointmentService;
import io.kalenner.application.booking.CloseAppointment;
import io.kalenner.application.booking.CloseAppointmentService;
import io.kalenner.application.booking.OfferOrganizationServices;
import io.kalenner.application.booking.OfferOrganizationServicesService;
import io.kalenner.application.booking.RecordPayment;
import io.kalenner.application.booking.RecordPaymentService;
import io.kalenner.application.booking.RemoveMember;
import io.kalenner.application.booking.RemoveMemberService;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.ListFreeSlotsService;
import io.kalenner.application.booking.ListMyProviders;
import io.kalenner.application.booking.ListMyProvidersService;
import io.kalenner.application.booking.ListServices;
import io.kalenner.application.booking.ListServicesService;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.booking.RequestAppointmentService;
import io.kalenner.application.booking.SetSchedule;
import io.kalenner.application.booking.AddScheduleException;
import io.kalenner.application.booking.ListScheduleExceptions;
import io.kalenner.application.booking.RemoveScheduleException;
import io.kalenner.application.booking.ScheduleExceptionsService;
import io.kalenner.application.booking.SetScheduleService;
import io.kalenner.application.booking.ViewAppointment;
import io.kalenner.application.booking.ViewAppointmentService;
import io.kalenner.application.booking.CancelCoveredAppointments;
import io.kalenner.application.booking.CoveredAppointmentsService;
import io.kalenner.application.booking.ListCoveredAppointments;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.invitation.AcceptInvitationService;
import io.kalenner.application.invitation.CreateClientInvitation;
import io.kalenner.application.invitation.CreateClientInvitationService;
import io.kalenner.application.booking.ArchiveService;
import io.kalenner.application.booking.ArchiveServiceService;
import io.kalenner.application.booking.EditService;
import io.kalenner.application.booking.EditServiceService;
import io.kalenner.application.booking.ListClients;
import io.kalenner.application.booking.ListClientsService;
import io.kalenner.application.booking.ViewClients;
import io.kalenner.application.booking.ViewClientsService;
import io.kalenner.application.booking.ViewMyBalance;
import io.kalenner.application.booking.ViewMyBalanceService;
import io.kalenner.application.booking.ListOrganizationSpecialists;
import io.kalenner.application.booking.ListOrganizationSpecialistsService;
import io.kalenner.application.invitation.CreateSpecialistInvitation;
import io.kalenner.application.invitation.CreateSpecialistInvitationService;
import io.kalenner.application.port.Ports;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.application.terms.UploadTermsDocumentService;
import io.kalenner.application.terms.SetConsentRequired;
import io.kalenner.application.terms.SetConsentRequiredService;
import io.kalenner.application.terms.ListTerms;
import io.kalenner.application.terms.ListTermsService;
import io.kalenner.application.terms.SignConsent;
import io.kalenner.application.terms.SignConsentService;
import io.kalenner.application.terms.WithdrawConsent;
import io.kalenner.application.terms.WithdrawConsentService;
import io.kalenner.application.terms.TermsDownloadLink;
import io.kalenner.application.terms.TermsDownloadLinkService;
import io.kalenner.application.document.SetUploadNotice;
import io.kalenner.application.document.SetUploadNoticeService;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.document.UploadSharedDocumentService;
import io.kalenner.application.document.ListSharedDocuments;
import io.kalenner.application.document.ListSharedDocumentsService;
import io.kalenner.application.document.SharedDocumentDownloadLink;
import io.kalenner.application.document.SharedDocumentDownloadLinkService;
import io.kalenner.application.document.DeleteSharedDocument;
import io.kalenner.application.document.DeleteSharedDocumentService;
import io.kalenner.application.relay.OpenChat;
import io.kalenner.application.relay.OpenChatService;
import io.kalenner.application.relay.RelayChatMessage;
import io.kalenner.application.relay.RelayChatMessageService;
import io.kalenner.application.relay.SendSupportMessage;
import io.kalenner.application.relay.SendSupportMessageService;
import io.kalenner.application.relay.ReplyToSupport;
import io.kalenner.application.relay.ReplyToSupportService;
import io.kalenner.application.relay.SupportOperators;
import io.kalenner.application.reminder.SendDueReminders;
import io.kalenner.application.reminder.SendDueRemindersService;
import io.kalenner.application.reminder.SetReminders;
import io.kalenner.application.reminder.SetRemindersService;
import io.kalenner.application.profile.ViewOwnProfile;
import io.kalenner.application.profile.ViewOwnProfileService;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.application.profile.EditProfileService;
import io.kalenner.application.profile.DesignProfile;
import io.kalenner.application.profile.DesignProfileService;
import io.kalenner.application.profile.UploadProfilePicture;
import io.kalenner.application.profile.UploadProfilePictureService;
import io.kalenner.application.profile.PublishProfile;
import io.kalenner.application.profile.PublishProfileService;
import io.kalenner.application.profile.ViewPublicProfile;
import io.kalenner.application.profile.ViewPublicProfileService;
import io.kalenner.application.profile.OpenProfilePicture;
import io.kalenner.application.profile.ProfileAddress;
import io.kalenner.application.profile.ProfileAddressService;
import io.kalenner.application.profile.OpenProfilePictureService;
import io.kalenner.application.servicepackage.DefinePackage;
import io.kalenner.application.servicepackage.DefinePackageService;
import io.kalenner.application.servicepackage.ArchivePackage;
import io.kalenner.application.servicepackage.ArchivePackageService;
import io.kalenner.application.servicepackage.ListPackages;
import io.kalenner.application.servicepackage.ListPackagesService;
import io.kalenner.application.servicepackage.RecordPurchase;
import io.kalenner.application.servicepackage.RecordPurchaseService;
import io.kalenner.application.servicepackage.ListClientPackages;
import io.kalenner.application.servicepackage.ListClientPackagesService;
import io.kalenner.application.servicepackage.ListMyPackages;
import io.kalenner.application.servicepackage.ListMyPackagesService;
import io.kalenner.application.profile.ProviderPaymentLink;
import io.kalenner.application.profile.ProviderPaymentLinkService;
import io.kalenner.application.document.OpenDownload;
import io.kalenner.application.document.OpenDownloadService;
import io.kalenner.application.booking.ViewMySchedule;
import io.kalenner.application.booking.ViewMyScheduleService;
import io.kalenner.application.servicepackage.ListOrganizationPackages;
import io.kalenner.application.servicepackage.ListOrganizationPackagesService;
import io.kalenner.application.servicepackage.PackagePolicyService;
import io.kalenner.application.servicepackage.RecordPurchasePayment;
import io.kalenner.application.servicepackage.RecordPurchasePaymentService;
import io.kalenner.application.servicepackage.SetPackagePolicy;
import io.kalenner.application.servicepackage.ViewPackagePolicy;

/**
 * Every use case, wired to one set of ports. Adapters and embedders take the use cases they
 * need from here; nothing else in the application knows how they are put together.
 */
public final class BookingCore {

    private final Ports ports;
    private final OutboxAdditions outboxAdditions;
    private final AccountsReadOnce accountsReadOnce;
    private final IdentifyUser identifyUser;
    private final RegisterAsProvider registerAsProvider;
    private final ChangeSettings changeSettings;
    private final CreateClientInvitation createClientInvitation;
    private final AcceptInvitation acceptInvitation;
    private final ListMyProviders listMyProviders;
    private final ListServices listServices;
    private final AddService addService;
    private final SetSchedule setSchedule;
    private final ScheduleExceptionsService scheduleExceptions;
    private final ListFreeSlots listFreeSlots;
    private final RequestAppointment requestAppointment;
    private final AnswerRequest answerRequest;
    private final ViewAppointment viewAppointment;
    private final CancelAppointment cancelAppointment;
    private final CloseAppointment closeAppointment;
    private final RecordPayment recordPayment;
    private final CreateSpecialistInvitation createSpecialistInvitation;
    private final ListOrganizationSpecialists listOrganizationSpecialists;
    private final ListClients listClients;
    private final ViewClients viewClients;
    private final ViewMyBalance viewMyBalance;
    private final RemoveMember removeMember;
    private final OfferOrganizationServices offerOrganizationServices;
    private final EditService editService;
    private final ArchiveService archiveService;
    private final UploadTermsDocument uploadTermsDocument;
    private final SetConsentRequired setConsentRequired;
    private final ListTerms listTerms;
    private final SignConsent signConsent;
    private final WithdrawConsent withdrawConsent;
    private final TermsDownloadLink termsDownloadLink;
    private final UploadSharedDocument uploadSharedDocument;
    private final ListSharedDocuments listSharedDocuments;
    private final SharedDocumentDownloadLink sharedDocumentDownloadLink;
    private final DeleteSharedDocument deleteSharedDocument;
    private final OpenChat openChat;
    private final RelayChatMessage relayChatMessage;
    private final SendSupportMessage sendSupportMessage;
    private final ReplyToSupport replyToSupport;
    private final SetReminders setReminders;
    private final SendDueReminders sendDueReminders;
    private final ViewOwnProfile viewOwnProfile;
    private final EditProfile editProfile;
    private final DesignProfile designProfile;
    private final UploadProfilePicture uploadProfilePicture;
    private final PublishProfile publishProfile;
    private final ViewPublicProfile viewPublicProfile;
    private final OpenProfilePicture openProfilePicture;
    private final ProfileAddress profileAddress;
    private final DefinePackage definePackage;
    private final ArchivePackage archivePackage;
    private final ListPackages listPackages;
    private final RecordPurchase recordPurchase;
    private final ListClientPackages listClientPackages;
    private final ListMyPackages listMyPackages;
    private final CoveredAppointmentsService coveredAppointments;
    private final ProviderPaymentLink providerPaymentLink;
    private final OpenDownload openDownload;
    private final ViewMySchedule viewMySchedule;
    private final SetUploadNotice setUploadNotice;
    private final PackagePolicyService packagePolicy;
    private final RecordPurchasePayment recordPurchasePayment;
    private final ListOrganizationPackages listOrganizationPackages;

    /** The core with no support operators: support messages are {@code SUPPORT_UNAVAILABLE}. */
    public BookingCore(Ports ports) {
        this(ports, SupportOperators.none());
    }

    public BookingCore(Ports ports, SupportOperators supportOperators) {
        this(ports, new OutboxAdditions(ports), new AccountsReadOnce(ports.accounts()), supportOperators);
    }

    private BookingCore(Ports given, OutboxAdditions outboxAdditions, AccountsReadOnce accountsReadOnce, SupportOperators supportOperators) {
        this.ports = given;
        this.outboxAdditions = outboxAdditions;
        this.accountsReadOnce = accountsReadOnce;
        // the use cases add through the counted outboxes and read an account once per update's scope
        Ports ports = outboxAdditions.ports().withAccounts(accountsReadOnce.repository());
        Access access = new Access(ports.accounts());
        this.identifyUser = new IdentifyUserService(ports);
        this.registerAsProvider = new RegisterAsProviderService(ports, access);
        this.changeSettings = new ChangeSettingsService(ports, access);
        this.createClientInvitation = new CreateClientInvitationService(ports, access);
        this.acceptInvitation = new AcceptInvitationService(ports, access);
        this.listMyProviders = new ListMyProvidersService(ports);
        this.listServices = new ListServicesService(ports, access);
        this.addService = new AddServiceService(ports, access);
        this.setSchedule = new SetScheduleService(ports, access);
        this.scheduleExceptions = new ScheduleExceptionsService(ports, access);
        this.listFreeSlots = new ListFreeSlotsService(ports, access);
        this.requestAppointment = new RequestAppointmentService(ports, access);
        this.answerRequest = new AnswerRequestService(ports, access);
        this.viewAppointment = new ViewAppointmentService(ports, access);
        this.cancelAppointment = new CancelAppointmentService(ports, access);
        this.closeAppointment = new CloseAppointmentService(ports, access);
        this.recordPayment = new RecordPaymentService(ports, access);
        this.createSpecialistInvitation = new CreateSpecialistInvitationService(ports, access);
        this.listOrganizationSpecialists = new ListOrganizationSpecialistsService(ports, access);
        this.listClients = new ListClientsService(ports, access);
        this.viewClients = new ViewClientsService(ports, access);
        this.viewMyBalance = new ViewMyBalanceService(ports, access);
        this.removeMember = new RemoveMemberService(ports, access);
        this.offerOrganizationServices = new OfferOrganizationServicesService(ports, access);
        this.editService = new EditServiceService(ports, access);
        this.archiveService = new ArchiveServiceService(ports, access);
        this.uploadTermsDocument = new UploadTermsDocumentService(ports, access);
        this.setConsentRequired = new SetConsentRequiredService(ports, access);
        this.listTerms = new ListTermsService(ports, access);
        this.signConsent = new SignConsentService(ports, access);
        this.withdrawConsent = new WithdrawConsentService(ports, access);
        this.termsDownloadLink = new TermsDownloadLinkService(ports, access);
        this.uploadSharedDocument = new UploadSharedDocumentService(ports, access);
        this.listSharedDocuments = new ListSharedDocumentsService(ports, access);
        this.sharedDocumentDownloadLink = new SharedDocumentDownloadLinkService(ports, access);
        this.deleteSharedDocument = new DeleteSharedDocumentService(ports, access);
        this.openChat = new OpenChatService(ports, access);
        this.relayChatMessage = new RelayChatMessageService(ports, access);
        this.sendSupportMessage = new SendSupportMessageService(ports, access, supportOperators);
        this.replyToSupport = new ReplyToSupportService(ports, access, supportOperators);
        this.setReminders = new SetRemindersService(ports, access);
        this.sendDueReminders = new SendDueRemindersService(ports);
        this.viewOwnProfile = new ViewOwnProfileService(ports, access);
        this.editProfile = new EditProfileService(ports, access);
        this.designProfile = new DesignProfileService(ports, access);
        this.uploadProfilePicture = new UploadProfilePictureService(ports, access);
        this.publishProfile = new PublishProfileService(ports, access);
        this.viewPublicProfile = new ViewPublicProfileService(ports, access, createClientInvitation);
        this.openProfilePicture = new OpenProfilePictureService(ports);
        this.profileAddress = new ProfileAddressService(ports, access);
        this.definePackage = new DefinePackageService(ports, access);
        this.archivePackage = new ArchivePackageService(ports);
        this.listPackages = new ListPackagesService(ports, access);
        this.recordPurchase = new RecordPurchaseService(ports, access);
        this.listClientPackages = new ListClientPackagesService(ports, access);
        this.listMyPackages = new ListMyPackagesService(ports, access);
        this.coveredAppointments = new CoveredAppointmentsService(ports, access);
        this.providerPaymentLink = new ProviderPaymentLinkService(ports, access);
        this.openDownload = new OpenDownloadService(ports, access);
        this.viewMySchedule = new ViewMyScheduleService(ports, access, viewAppointment);
        this.setUploadNotice = new SetUploadNoticeService(ports, access);
        this.packagePolicy = new PackagePolicyService(ports, access);
        this.recordPurchasePayment = new RecordPurchasePaymentService(ports);
        this.listOrganizationPackages = new ListOrganizationPackagesService(ports, access);
    }

    /** What this core's use cases added to the outboxes, counted per thread. */
    public OutboxAdditions outboxAdditions() {
        return outboxAdditions;
    }

    /** The scope a chat adapter opens around an update, in which each account is read once. */
    public AccountsReadOnce accountsReadOnce() {
        return accountsReadOnce;
    }

    /** The ports this core runs on; adapters that deliver notifications read the outbox from here. */
    public Ports ports() {
        return ports;
    }

    public IdentifyUser identifyUser() {
        return identifyUser;
    }

    public RegisterAsProvider registerAsProvider() {
        return registerAsProvider;
    }

    public ChangeSettings changeSettings() {
        return changeSettings;
    }

    public CreateClientInvitation createClientInvitation() {
        return createClientInvitation;
    }

    public AcceptInvitation acceptInvitation() {
        return acceptInvitation;
    }

    public ListMyProviders listMyProviders() {
        return listMyProviders;
    }

    public ListServices listServices() {
        return listServices;
    }

    public AddService addService() {
        return addService;
    }

    public SetSchedule setSchedule() {
        return setSchedule;
    }

    public AddScheduleException addScheduleException() {
        return scheduleExceptions;
    }

    public RemoveScheduleException removeScheduleException() {
        return scheduleExceptions;
    }

    public ListScheduleExceptions listScheduleExceptions() {
        return scheduleExceptions;
    }

    public ListFreeSlots listFreeSlots() {
        return listFreeSlots;
    }

    public RequestAppointment requestAppointment() {
        return requestAppointment;
    }

    public AnswerRequest answerRequest() {
        return answerRequest;
    }

    public ViewAppointment viewAppointment() {
        return viewAppointment;
    }

    public CancelAppointment cancelAppointment() {
        return cancelAppointment;
    }

    public CloseAppointment closeAppointment() {
        return closeAppointment;
    }

    public RecordPayment recordPayment() {
        return recordPayment;
    }

    public CreateSpecialistInvitation createSpecialistInvitation() {
        return createSpecialistInvitation;
    }

    public ListOrganizationSpecialists listOrganizationSpecialists() {
        return listOrganizationSpecialists;
    }

    public ListClients listClients() {
        return listClients;
    }

    public ViewClients viewClients() {
        return viewClients;
    }

    public ViewMyBalance viewMyBalance() {
        return viewMyBalance;
    }

    public RemoveMember removeMember() {
        return removeMember;
    }

    public OfferOrganizationServices offerOrganizationServices() {
        return offerOrganizationServices;
    }

    public EditService editService() {
        return editService;
    }

    public ArchiveService archiveService() {
        return archiveService;
    }

    public UploadTermsDocument uploadTermsDocument() {
        return uploadTermsDocument;
    }

    public SetConsentRequired setConsentRequired() {
        return setConsentRequired;
    }

    public ListTerms listTerms() {
        return listTerms;
    }

    public SignConsent signConsent() {
        return signConsent;
    }

    public WithdrawConsent withdrawConsent() {
        return withdrawConsent;
    }

    public TermsDownloadLink termsDownloadLink() {
        return termsDownloadLink;
    }

    public UploadSharedDocument uploadSharedDocument() {
        return uploadSharedDocument;
    }

    public ListSharedDocuments listSharedDocuments() {
        return listSharedDocuments;
    }

    public SharedDocumentDownloadLink sharedDocumentDownloadLink() {
        return sharedDocumentDownloadLink;
    }

    public DeleteSharedDocument deleteSharedDocument() {
        return deleteSharedDocument;
    }

    public OpenChat openChat() {
        return openChat;
    }

    public RelayChatMessage relayChatMessage() {
        return relayChatMessage;
    }

    public SendSupportMessage sendSupportMessage() {
        return sendSupportMessage;
    }

    public ReplyToSupport replyToSupport() {
        return replyToSupport;
    }

    public SetReminders setReminders() {
        return setReminders;
    }

    public SendDueReminders sendDueReminders() {
        return sendDueReminders;
    }

    public ViewOwnProfile viewOwnProfile() {
        return viewOwnProfile;
    }

    public EditProfile editProfile() {
        return editProfile;
    }

    public DesignProfile designProfile() {
        return designProfile;
    }

    public UploadProfilePicture uploadProfilePicture() {
        return uploadProfilePicture;
    }

    public PublishProfile publishProfile() {
        return publishProfile;
    }

    public ViewPublicProfile viewPublicProfile() {
        return viewPublicProfile;
    }

    public OpenProfilePicture openProfilePicture() {
        return openProfilePicture;
    }

    public ProfileAddress profileAddress() {
        return profileAddress;
    }

    public DefinePackage definePackage() {
        return definePackage;
    }

    public ArchivePackage archivePackage() {
        return archivePackage;
    }

    public ListPackages listPackages() {
        return listPackages;
    }

    public RecordPurchase recordPurchase() {
        return recordPurchase;
    }

    public ListClientPackages listClientPackages() {
        return listClientPackages;
    }

    public ListMyPackages listMyPackages() {
        return listMyPackages;
    }

    public ListCoveredAppointments listCoveredAppointments() {
        return coveredAppointments;
    }

    public CancelCoveredAppointments cancelCoveredAppointments() {
        return coveredAppointments;
    }

    public ProviderPaymentLink providerPaymentLink() {
        return providerPaymentLink;
    }

    public OpenDownload openDownload() {
        return openDownload;
    }

    public ViewMySchedule viewMySchedule() {
        return viewMySchedule;
    }

    public SetUploadNotice setUploadNotice() {
        return setUploadNotice;
    }

    public SetPackagePolicy setPackagePolicy() {
        return packagePolicy;
    }

    public ViewPackagePolicy viewPackagePolicy() {
        return packagePolicy;
    }

    public RecordPurchasePayment recordPurchasePayment() {
        return recordPurchasePayment;
    }

    public ListOrganizationPackages listOrganizationPackages() {
        return listOrganizationPackages;
    }
}
