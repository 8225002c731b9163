using Microsoft.AspNetCore.Http.Features;

namespace Dateline.Site;

/// <summary>
/// A form ASP.NET Core cannot read (a NUL character in a value, a broken encoding) would otherwise fail deep inside
/// antiforgery with an empty 400. Here it is read once, up front: if it cannot be, the request stops with 400 and the
/// error page says what was wrong, and nothing after this point sees the unreadable form.
/// </summary>
public sealed class MalformedForms(RequestDelegate next)
{
    public const string ProblemKey = "Dateline.MalformedForm";

    public async Task InvokeAsync(HttpContext context)
    {
        // Only url-encoded forms: a multipart upload is read later, under its page's own size limits.
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                context.Items[ProblemKey] = e.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("null characters", StringComparison.Ordinal)
                    ? "The form held a character that cannot be sent (a NUL character). Remove it and send again."
                    : "The form could not be read: " + e.Message.TrimEnd('.') + ". Please send it again.";
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }

        await next(context);
    }
}
