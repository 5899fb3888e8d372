// Nothing runs here: dotnet-ef loads this assembly as its startup project (see build/ef.sh).
return 0;
