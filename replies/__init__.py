"""The assistant's own phrases: the source messages, their catalogs and the Rasa NLG that renders them."""
