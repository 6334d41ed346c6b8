"""The desktop side of the API: async HTTP client, keyring store, deep links, embedded server.

Nothing here imports Qt. Import the submodules directly; `embedded` is the only one that pulls
in the server package.
"""
