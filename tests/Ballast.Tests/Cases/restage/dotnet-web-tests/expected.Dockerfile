# Builder: the .NET SDK and the NuGet package cache stay in this stage.
FROM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim AS builder

WORKDIR /src

# Project files first: a source change keeps the restored packages cached.
COPY Shop.sln ./
COPY src/Shop.Web/Shop.Web.csproj ./src/Shop.Web/
COPY tests/Shop.Web.Tests/Shop.Web.Tests.csproj ./tests/Shop.Web.Tests/
RUN dotnet restore Shop.sln

COPY . .

# The tests run in the image build, so a failing test fails the build
RUN dotnet test tests/Shop.Web.Tests/Shop.Web.Tests.csproj
RUN dotnet publish src/Shop.Web/Shop.Web.csproj -c Release -o /app

WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080

# Runtime: the same release without the toolchain; only the application and its settings.
FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src

COPY --from=builder /app /app

WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
HEALTHCHECK CMD curl -f http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "Shop.Web.dll"]
