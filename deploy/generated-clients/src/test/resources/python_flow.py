"""A service through its generated Python client: load every model, then read a code list over HTTP.

Usage: python3 python_flow.py <registry|aid|partner> <base url> <token>; prints one line, exits non-zero on failure.
"""
import importlib
import pkgutil
import sys

service, base_url, token = sys.argv[1:4]
package = importlib.import_module(f"ngoaid_{service}_client")
models = importlib.import_module(f"ngoaid_{service}_client.models")
loaded = [importlib.import_module(f"{models.__name__}.{m.name}") for m in pkgutil.iter_modules(models.__path__)]

configuration = package.Configuration(host=base_url, access_token=token)
with package.ApiClient(configuration) as client:
    provinces = package.ReferenceDataApi(client).list_provinces(q="lang son")
    assert provinces.items[0].name == "Lạng Sơn", provinces
    if service == "aid":
        # the project code's pattern, as the client checks it before sending
        package.ProjectInput.model_validate({
            "code": "LS-2025/ĐB.01", "title": "Scholarships", "donor": {"name": "Terre des Hommes", "type": "OTHER"},
            "modality": "PROJECT", "sectors": [{"code": "11220"}], "locations": [{"province": "20"}],
            "approvalLevel": "PROVINCIAL", "currency": "VND"})
        page = package.ProjectsApi(client).list_projects(province="20")
        assert page.total_items == len(page.items) or page.total_items > page.size, page
print(f"{service}: {len(loaded)} models loaded, {provinces.items[0].name} read")
