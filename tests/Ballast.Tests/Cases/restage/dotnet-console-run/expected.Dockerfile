# Builder: the .NET SDK and the NuGet package cache stay in this stage.
FROM mcr.microsoft.com/dotnet/sdk:9.0 AS builder

WORKDIR /work

# Project files first: a source change keeps the restored packages cached.
COPY ReportJob.csproj ./
RUN dotnet restore

COPY . .
RUN dotnet build -c Release

ENV REPORT_OUTPUT=/data

# Publish the application: the final stage runs the DLL without the SDK.
RUN dotnet publish /work -c Release -o /app --no-restore

# Runtime: the same release without the toolchain; only the application and its settings.
FROM mcr.microsoft.com/dotnet/runtime:9.0

WORKDIR /app

COPY --from=builder /app /app

ENV REPORT_OUTPUT=/data
VOLUME /data
CMD ["dotnet", "/app/report-job.dll", "--daily"]
