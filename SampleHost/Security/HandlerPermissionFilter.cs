using System.Reflection;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SampleHost.Security;

/// <summary>Enforces <see cref="HandlerPermissionAttribute"/> on the page handler that a request selected.</summary>
internal sealed class HandlerPermissionFilter(ICurrentUser user) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var required = context.HandlerMethod?.MethodInfo.GetCustomAttribute<HandlerPermissionAttribute>();
        if (required is not null && !user.HasPermission(required.Permission))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
