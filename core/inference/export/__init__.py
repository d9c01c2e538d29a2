"""Taking a run elsewhere: the adapter, a merged model, an Ollama Modelfile and its Go template."""
