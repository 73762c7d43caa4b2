from django.urls import path

from .views import NoteListView, NoteView

urlpatterns = [
    path("", NoteListView.as_view(), name="notes"),
    path("<int:pk>/", NoteView.as_view(), name="note"),
]
