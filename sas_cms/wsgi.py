import os

from django.core.wsgi import get_wsgi_application

from sas_cms.warm_up import warm_up

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sas_cms.settings.production")

application = get_wsgi_application()
warm_up()
