using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Contacts;

public sealed record ContactRegisteredDomainEvent(Contact Contact, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ContactIdentifiedDomainEvent(Contact Contact, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>A missed call of the contact's caller: the one that opened it, or one added to it while it was open.</summary>
public sealed record ContactMissedCallDomainEvent(Contact Contact, ContactCall Call, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ContactResultSetDomainEvent(Contact Contact, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>The client of this open contact contacted the station again: <paramref name="By"/> continues it.</summary>
public sealed record ContactContinuedDomainEvent(Contact Contact, ContactId By, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ContactNotesChangedDomainEvent(Contact Contact, DateTime OccurredAtUtc) : IDomainEvent;
