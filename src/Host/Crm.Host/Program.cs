using Crm.BuildingBlocks.Infrastructure;
using Crm.BuildingBlocks.Infrastructure.Modules;

// The composition root: modules are discovered next to the host, so adding one touches nothing here.
var builder = WebApplication.CreateBuilder(args);
builder.AddCrmPlatform(ModuleCatalog.Discover());

var app = builder.Build();
app.UseCrmPlatform();
return await app.RunCrmAsync(args);
