wit_guest::generate!({ world: "w" });
