using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>The actions the station performs for processes, announced on every start-up (ActionsOffered).</summary>
public static class ServiceStationActionCatalog
{
    public const string RegisterBooking = "register-booking";
    public const string MoveBooking = "move-booking";
    public const string MarkNoShow = "mark-no-show";
    public const string InviteClient = "invite-client";

    private static readonly string[] BookingParameters = ["vehicle-id", "bay-id", "starts-at", "ends-at", "master-consultant-id"];

    public static ActionsOfferedIntegrationEvent Offer() => new(ServiceStationFacts.Module,
    [
        new(RegisterBooking, ServiceStationFacts.Contact, "Book the client's car from the contact: vehicle-id, bay-id, starts-at, ends-at (an hour when left out); the master consultant is master-consultant-id or whoever answered the latest task", BookingParameters),
        new(RegisterBooking, ServiceStationFacts.Estimate, "Book the estimate's works: bay-id, starts-at, ends-at; the car is the estimate's unless vehicle-id is given", BookingParameters),
        new(RegisterBooking, ServiceStationFacts.Vehicle, "Book the car (a maintenance invitation): bay-id, starts-at, ends-at", BookingParameters),
        new(MoveBooking, ServiceStationFacts.Booking, "Move the booking to starts-at (the same length unless ends-at is given), maybe to bay-id", ["starts-at", "ends-at", "bay-id"]),
        new(MarkNoShow, ServiceStationFacts.Booking, "The car did not come: mark the booking as a no-show, with a reason", ["reason"]),
        new(InviteClient, ServiceStationFacts.WorkOrder, "Invite the work order's client by a message through Sales (text: the declined works unless given; channel Sms, Email or Telegram: the first the client has unless given); the reply comes back as the fact 'client-replied'", ["text", "subject", "channel"]),
    ]);
}
