"""What the Rasa server loads besides the model (credentials.yml, endpoints.yml): the REST channel with its
shared token and repeat check, the windowed tracker store that keeps personal answers sealed, the Redis lock
store, and the check of action answers built once."""
