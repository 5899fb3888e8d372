using MediatR;

namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>A change a user asks for. Runs inside the owning module's unit of work.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A read. Never changes state, so it gets no unit of work.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
