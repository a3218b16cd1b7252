"""Questions and additions under every knowledge page ("Stel een vraag of vul aan")."""
