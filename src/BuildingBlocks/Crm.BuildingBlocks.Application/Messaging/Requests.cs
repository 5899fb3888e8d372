using MediatR;

namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>A change a user asks for. Runs inside the owning module's unit of work.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A read. Never changes state, so it gets no unit of work.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>
/// A command whose duplicate key can only mean that a concurrent writer created the same row first (e.g. a copy of
/// another module's record arriving at that moment): it is run once more from the start, on what that writer
/// committed, instead of answering 409. Only for commands that read before they write, so the second run sees it.
/// </summary>
public interface IRetriedOnDuplicateKey;
