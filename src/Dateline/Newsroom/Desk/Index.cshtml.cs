using Microsoft.AspNetCore.Authorization;

namespace Dateline.Newsroom.Desk;

/// <summary>The desk's front page: where Editors find the pages that shape the site around the articles.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel : DeskPage
{
    public override string Title => "Desk";

    public void OnGet()
    {
    }
}
