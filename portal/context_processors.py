from .navigation import main_navigation


def navigation(request):
    return {"main_navigation": main_navigation(request)}
