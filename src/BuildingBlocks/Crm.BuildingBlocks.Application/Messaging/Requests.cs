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

/// <summary>
/// A command that writes hot rows other users change at the same moment (a part's stock level: two reserves of the
/// same part both read version n): when its save loses a version check, it runs again from the start, clean, on what
/// the other writer committed — so the second reserve for the last unit reads that nothing is left and is refused
/// with a code the user can act on, instead of a bare 409. A few attempts, each after a short random pause (replicas
/// retrying in step would meet again). A stale If-Match still ends in 409: the version differs on every run.
/// </summary>
public interface IRetriedOnConflict;
