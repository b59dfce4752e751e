"""The staff application's pages, one blueprint per job."""
